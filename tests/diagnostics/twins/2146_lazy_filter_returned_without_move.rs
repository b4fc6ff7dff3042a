//! mistake: returned a lazy filter over rows that borrows the `threshold` parameter, without `move`
//! offending: |r| r.amount > threshold
//! category: ownership

#[derive(Debug)]
struct Sale {
    id: u32,
    amount: f64,
}

fn large<'a>(rows: &'a [Sale], threshold: f64) -> impl Iterator<Item = &'a Sale> + 'a {
    rows.iter().filter(|r| r.amount > threshold)
}

fn main() {
    let sales = vec![Sale { id: 1, amount: 900.0 }, Sale { id: 2, amount: 15.0 }];
    for s in large(&sales, 100.0) {
        println!("{} {}", s.id, s.amount);
    }
}
