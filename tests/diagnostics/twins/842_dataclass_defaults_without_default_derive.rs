//! mistake: fills the remaining fields with `..Default::default()`, as dataclass defaults, on a struct that does not derive `Default`
//! offending: Default::default()
//! category: type
#[derive(Debug)]
struct Job {
    name: String,
    retries: u32,
    verbose: bool,
}

fn main() {
    let names = ["build", "test"];
    let jobs: Vec<Job> = names.iter().map(|n| Job { name: n.to_string(), ..Default::default() }).collect();
    println!("{:?}", jobs);
}
