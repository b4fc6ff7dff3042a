//! mistake: Python's side-effect comprehension [out.append(x * 2) for x in xs]
//! offending: v * 2
//! category: python-habit
fn main() {
    let vals = vec![1, 2, 3];
    let mut doubled = Vec::new();
    let _ = vals.iter().map(|v| doubled.append(v * 2)).collect::<Vec<_>>();
    println!("{doubled:?}");
}
