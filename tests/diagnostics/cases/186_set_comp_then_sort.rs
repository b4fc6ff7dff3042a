//! mistake: a set comprehension for dedup, then `.sort()` on it as if it were a list (Python: `sorted({..})` habit half-remembered)
//! offending: sort
//! category: python-habit
use comprehensions::comp;

fn main() {
    let log = vec!["ann login", "bob login", "ann logout"];
    let mut users = comp!({line.split(' ').next().unwrap() for line in &log});
    users.sort();
    println!("{users:?}");
}
