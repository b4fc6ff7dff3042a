//! mistake: pairs each depth with the next through zip(xs, xs[1:]), keeping Python's slice syntax
//! category: python-habit
fn main() {
    let xs = vec![199, 200, 208, 210, 200, 207];
    let increases: Vec<_> = xs.iter().zip(xs[1:]).filter(|(a, b)| b > a).collect();
    println!("{} increases", increases.len());
}
