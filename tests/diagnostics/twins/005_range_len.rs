//! mistake: Python's `range(len(xs))` to loop over indices (hand-written)
fn main() {
    let prices = vec![3.5, 2.0, 7.25];
    let mut labelled = Vec::new();
    for i in range(len(prices)) {
        labelled.push(format!("#{i}: {}", prices[i]));
    }
    println!("{labelled:?}");
}
