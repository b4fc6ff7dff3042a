//! mistake: a `?` in an inner display, meant to leave the function as a Python exception would, is the inner display's own, so the outer list is a `Vec` of `Result`s where `Option<Vec<Vec<i32>>>` is returned
//! offending: [c.parse::<i32>()? for c in r.split(',')]
//! category: try
use comprehensions::comp;

fn table(rows: &[&str]) -> Option<Vec<Vec<i32>>> {
    comp![[c.parse::<i32>()? for c in r.split(',')] for r in rows]
}

fn main() {
    println!("{:?}", table(&["1,2", "3,4"]));
}
