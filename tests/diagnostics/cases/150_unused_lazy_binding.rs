//! mistake: a lazy comprehension bound to a variable and never consumed
//! offending: pending
//! category: lint
use comprehensions::comp;

fn main() {
    let jobs = vec![("build", true), ("test", false)];
    let pending = comp!((name for (name, done) in &jobs if !done));
    println!("{} jobs", jobs.len());
}
