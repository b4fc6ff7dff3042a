//! mistake: `(a, b, c)` over `xs.iter().zip(&ys).zip(&zs)`, which yields nested pairs `((a, b), c)`
//! offending: (a, b, c)
//! category: type
fn main() {
    let base = vec![10, 20, 30];
    let tax = vec![1, 2, 3];
    let ship = vec![5, 5, 0];
    let mut totals = Vec::new();
    for (a, b, c) in base.iter().zip(&tax).zip(&ship) {
        totals.push(a + b + c);
    }
    println!("{totals:?}");
}
