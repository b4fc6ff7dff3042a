//! mistake: a lazy comprehension bound to a variable and never consumed (hand-written)
fn main() {
    let jobs = vec![("build", true), ("test", false)];
    let pending = jobs.iter().filter(|(_, done)| !done).map(|(name, _)| name);
    println!("{} jobs", jobs.len());
}
