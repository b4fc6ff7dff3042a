//! mistake: returns `Box<dyn Iterator>` (implicitly `'static`) of a map that borrows the slice parameter
//! offending: Box::new(v.iter().map(|x| x * x))
//! category: ownership
fn squares(v: &[u32]) -> Box<dyn Iterator<Item = u32>> {
    Box::new(v.iter().map(|x| x * x))
}

fn main() {
    let data = vec![1u32, 2, 3];
    let total: u32 = squares(&data).sum();
    println!("{total}");
}
