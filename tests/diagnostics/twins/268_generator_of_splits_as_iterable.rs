//! mistake: collecting an iterator of `split` iterators into `Vec<&str>` (hand-written)
//! offending: collect
fn main() {
    let csv = vec!["a,b", "c,d"];
    let cells: Vec<&str> = csv.iter().map(|l| l.split(',')).collect();
    println!("{cells:?}");
}
