package se.lagesbild.analysis.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a municipality's rings (WGS 84 longitude and latitude) into one SVG path in the national map coordinates:
 * x = longitude · cos 62° · 72 and y = −latitude · 72, so Sweden is about 450 units wide and 990 units high and a unit
 * is about 1.5 km. The rings are simplified (Douglas–Peucker, a quarter unit), islands smaller than a few hectares
 * are dropped (never the largest ring), and the points are rounded to tenths and written as relative moves, so the
 * whole country is well under 100 kB of path data. Holes and enclaves are drawn with the even-odd fill rule.
 */
final class BoundaryShape {

    static final double SCALE = 72;
    static final double X_SCALE = Math.cos(Math.toRadians(62)) * SCALE;
    static final double TOLERANCE = 0.25;
    static final double MIN_RING_AREA = 0.02;

    /** A path and its bounding box, in map units. */
    record Shape(String path, double minX, double minY, double maxX, double maxY) {
    }

    private BoundaryShape() {
    }

    static double x(double longitude) {
        return longitude * X_SCALE;
    }

    static double y(double latitude) {
        return -latitude * SCALE;
    }

    /** The drawn shape, or null when no ring has an area (fewer than three distinct points). */
    static Shape of(List<double[][]> rings) {
        List<double[][]> projected = new ArrayList<>(rings.size());
        int largest = -1;
        double largestArea = -1;
        for (double[][] ring : rings) {
            double[][] points = new double[ring.length][];
            for (int i = 0; i < ring.length; i++) {
                points[i] = new double[] {x(ring[i][0]), y(ring[i][1])};
            }
            double area = area(points);
            if (area > largestArea) {
                largestArea = area;
                largest = projected.size();
            }
            projected.add(points);
        }
        var path = new StringBuilder();
        long[] box = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
        for (int r = 0; r < projected.size(); r++) {
            double[][] points = projected.get(r);
            boolean isLargest = r == largest;
            if (!isLargest && area(points) < MIN_RING_AREA) {
                continue;
            }
            List<long[]> tenths = tenths(simplified(points));
            if (tenths.size() < 3 && isLargest) {
                tenths = tenths(List.of(points));
            }
            if (tenths.size() >= 3) {
                write(tenths, path, box);
            }
        }
        if (path.isEmpty()) {
            return null;
        }
        return new Shape(path.toString(), box[0] / 10.0, box[1] / 10.0, box[2] / 10.0, box[3] / 10.0);
    }

    private static void write(List<long[]> points, StringBuilder path, long[] box) {
        long[] first = points.get(0);
        path.append('M').append(number(first[0])).append(separated(first[1]));
        long[] previous = first;
        for (long[] point : points) {
            box[0] = Math.min(box[0], point[0]);
            box[1] = Math.min(box[1], point[1]);
            box[2] = Math.max(box[2], point[0]);
            box[3] = Math.max(box[3], point[1]);
            if (point != first) {
                path.append('l').append(number(point[0] - previous[0])).append(separated(point[1] - previous[1]));
                previous = point;
            }
        }
        path.append('z');
    }

    private static String separated(long tenths) {
        return tenths < 0 ? number(tenths) : " " + number(tenths);
    }

    /** Tenths as a decimal number with at most one decimal: 12 → 1.2, −3 → −0.3, 40 → 4. */
    static String number(long tenths) {
        long whole = Math.abs(tenths) / 10;
        long decimal = Math.abs(tenths) % 10;
        return (tenths < 0 ? "-" : "") + whole + (decimal == 0 ? "" : "." + decimal);
    }

    /** Rounded to tenths, without repeated points and without the closing point (the path closes itself). */
    private static List<long[]> tenths(List<double[]> points) {
        List<long[]> result = new ArrayList<>(points.size());
        for (double[] point : points) {
            long[] rounded = {Math.round(point[0] * 10), Math.round(point[1] * 10)};
            long[] last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last == null || last[0] != rounded[0] || last[1] != rounded[1]) {
                result.add(rounded);
            }
        }
        if (result.size() > 1) {
            long[] first = result.get(0);
            long[] last = result.get(result.size() - 1);
            if (first[0] == last[0] && first[1] == last[1]) {
                result.remove(result.size() - 1);
            }
        }
        return result;
    }

    /** Douglas–Peucker, iterative so that a long coastline cannot overflow the stack. */
    static List<double[]> simplified(double[][] points) {
        int n = points.length;
        if (n < 3) {
            return List.of(points);
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        var stack = new ArrayList<int[]>();
        stack.add(new int[] {0, n - 1});
        while (!stack.isEmpty()) {
            int[] span = stack.remove(stack.size() - 1);
            int farthest = -1;
            double distance = -1;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = distance(points[i], points[span[0]], points[span[1]]);
                if (d > distance) {
                    distance = d;
                    farthest = i;
                }
            }
            if (farthest >= 0 && distance > TOLERANCE) {
                keep[farthest] = true;
                stack.add(new int[] {span[0], farthest});
                stack.add(new int[] {farthest, span[1]});
            }
        }
        List<double[]> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                result.add(points[i]);
            }
        }
        return result;
    }

    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]);
        }
        return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
    }

    private static double area(double[][] points) {
        double sum = 0;
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            double[] q = points[(i + 1) % points.length];
            sum += p[0] * q[1] - q[0] * p[1];
        }
        return Math.abs(sum) / 2;
    }
}
