// Shows a question only while the earlier question it depends on has an answer of at least the given number
// (data-show-when names the input, data-at-least the number). Without JavaScript every question stays visible,
// and the server decides which answers count.
(function () {
    function numericAnswer(container, name) {
        var inputs = container.querySelectorAll('[name="' + name + '"]');
        for (var i = 0; i < inputs.length; i++) {
            var input = inputs[i];
            if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) {
                continue;
            }
            var value = parseFloat(input.value);
            if (!isNaN(value)) {
                return value;
            }
        }
        return null;
    }

    function update(container) {
        var dependents = container.querySelectorAll('[data-show-when]');
        for (var i = 0; i < dependents.length; i++) {
            var element = dependents[i];
            var answer = numericAnswer(container, element.getAttribute('data-show-when'));
            var show = answer !== null && answer >= parseFloat(element.getAttribute('data-at-least'));
            element.hidden = !show;
        }
    }

    function init() {
        var containers = document.querySelectorAll('[data-conditional-form]');
        for (var i = 0; i < containers.length; i++) {
            (function (container) {
                container.addEventListener('change', function () { update(container); });
                container.addEventListener('input', function () { update(container); });
                update(container);
            })(containers[i]);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
