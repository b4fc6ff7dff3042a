//! mistake: Python's true division of a float by a count (usize)
//! offending: total / n
//! category: type
fn main() {
    let groups = vec![vec![1.5, 2.5], vec![4.0, 6.0, 8.0]];
    let mut means = Vec::new();
    for g in &groups {
        let total: f64 = g.iter().sum();
        let n = g.len();
        means.push(total / n);
    }
    println!("{means:?}");
}
