//! mistake: Python's `rows[1:]` as `rows[1..]` without `&`, iterating an unsized slice (hand-written)
fn main() {
    let rows = vec!["name,age", "ann,31", "bob,27"];
    let mut names = Vec::new();
    for r in rows[1..] {
        names.push(r.split(',').next().unwrap());
    }
    println!("{names:?}");
}
