// Python's `lo <= x.qty < hi` with `lo` and `hi` borrowed from a tuple of
// bounds: rustc's own "consider dereferencing the borrow" helps, on the
// user's operands, as for `lo <= x.qty && x.qty < hi` by hand.
use comprehensions::comp;

struct Item {
    id: u32,
    qty: u32,
}

fn main() {
    let stock = vec![Item { id: 1, qty: 3 }, Item { id: 2, qty: 12 }];
    let bounds = vec![("low", (0u32, 5u32)), ("high", (5, 50))];
    let buckets = comp!({b: [x.id for x in &stock if lo <= x.qty < hi] for (b, (lo, hi)) in &bounds});
    println!("{buckets:?}");
}
