use comprehensions::comp;
use std::time::Duration;

fn main() {
    let xs = [1.5f64, 2.0];
    // Python: [x ** 2 + 1.0 for x in xs]: one error on `**`, the rest
    // typed as usual (no `f64 * {integer}`).
    let _: Vec<f64> = comp![x ** 2 + 1.0 for x in xs];
    // Python: [timedelta(milliseconds=100 * 2 ** a) for a in range(4)]:
    // no `u32` where `u64` is expected.
    let _ = comp![Duration::from_millis(100 * 2 ** a) for a in 0..4u32];
}
