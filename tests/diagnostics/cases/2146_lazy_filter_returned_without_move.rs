//! mistake: returned a lazy filter over rows that borrows the `threshold` parameter, without `move`
//! offending: (r for r in rows if r.amount > threshold)
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Sale {
    id: u32,
    amount: f64,
}

// Python: def large(rows, threshold): return (r for r in rows if r.amount > threshold)
fn large<'a>(rows: &'a [Sale], threshold: f64) -> impl Iterator<Item = &'a Sale> + 'a {
    comp!((r for r in rows if r.amount > threshold))
}

fn main() {
    let sales = vec![Sale { id: 1, amount: 900.0 }, Sale { id: 2, amount: 15.0 }];
    for s in large(&sales, 100.0) {
        println!("{} {}", s.id, s.amount);
    }
}
