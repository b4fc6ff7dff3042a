//! mistake: iterating a lazy comprehension of `split` iterators as if it yielded words (the inner `for` forgotten)
//! offending: w
//! category: type
use comprehensions::comp;

fn main() {
    let csv = vec!["a,b", "c,d"];
    // Python: cells = [c.strip() for c in (l.split(",") for l in csv)]   # meant a nested for
    let cells: Vec<&str> = comp![w for w in comp!((l.split(',') for l in &csv))];
    println!("{cells:?}");
}
