//! mistake: returns `Box<dyn Iterator>` (implicitly `'static`) of a generator that borrows the slice parameter
//! offending: Box::new(comp!((x * x for x in v)))
//! category: ownership
use comprehensions::comp;

fn squares(v: &[u32]) -> Box<dyn Iterator<Item = u32>> {
    Box::new(comp!((x * x for x in v)))
}

fn main() {
    let data = vec![1u32, 2, 3];
    let total: u32 = squares(&data).sum();
    println!("{total}");
}
