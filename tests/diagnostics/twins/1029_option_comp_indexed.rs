//! mistake: an `Option<Vec<_>>` collected from `first()`s is indexed like the list
//! offending: firsts[0]
//! category: try
fn main() {
    let groups = vec![vec![3, 1], vec![7], vec![2, 2]];
    let firsts = groups.iter().map(|g| g.first().map(|f| f * 2)).collect::<Option<Vec<i32>>>();
    println!("{}", firsts[0]);
}
