//! mistake: a `?` on `first()` makes the list an `Option<Vec<_>>`, which is then indexed like the list
//! offending: firsts[0]
//! category: try
use comprehensions::comp;

fn main() {
    let groups = vec![vec![3, 1], vec![7], vec![2, 2]];
    let firsts = comp![g.first()? * 2 for g in &groups];
    println!("{}", firsts[0]);
}
