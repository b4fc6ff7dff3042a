use comprehensions::comp;

fn main() {
    let pts = [(1.0f64, 2.0f64), (0.5, 0.5)];
    // Python: min((x * x + y * y, i) for i, (x, y) in enumerate(pts)):
    // `f64` is not `Ord`, reported on `min` as for the chain by hand.
    let _ = comp!(((x * x + y * y, i) for (i, &(x, y)) in pts.iter().enumerate())).min();
}
