//! mistake: pairs each depth with the next through zip(xs, xs[1:]), keeping Python's slice syntax
//! offending: xs[1:]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = vec![199, 200, 208, 210, 200, 207];
    let increases = comp![(a, b) for (a, b) in xs.iter().zip(xs[1:]) if b > a];
    println!("{} increases", increases.len());
}
