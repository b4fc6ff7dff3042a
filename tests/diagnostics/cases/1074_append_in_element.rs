//! mistake: Python's side-effect comprehension [out.append(x * 2) for x in xs]
//! offending: v * 2
//! category: python-habit
use comprehensions::comp;

fn main() {
    let vals = vec![1, 2, 3];
    let mut doubled = Vec::new();
    let _ = comp![doubled.append(v * 2) for v in &vals];
    println!("{doubled:?}");
}
