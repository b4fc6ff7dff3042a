use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![x for x in xs if (|| (y := x * 2) > 2)()];
    // A closure's whole body: the error, and no `unused_parens` warning on
    // the walrus's own parentheses.
    let rows = vec![vec![1, 2], vec![3]];
    let _ = comp![row.iter().map(|v| (last := v * 10)).count() for row in &rows];
}
