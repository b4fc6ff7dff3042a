use comprehensions::comp;

fn main() {
    let stock = vec![3, -1, 4];
    // Python's block colon left after `else`.
    let _ = comp![q if q > 0 else: 0 for &q in &stock];
}
