//! mistake: fills the remaining fields with `..Default::default()`, as dataclass defaults, on a struct that does not derive `Default`
//! offending: Default::default()
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Job {
    name: String,
    retries: u32,
    verbose: bool,
}

fn main() {
    let names = ["build", "test"];
    let jobs = comp![Job { name: n.to_string(), ..Default::default() } for n in names];
    println!("{:?}", jobs);
}
