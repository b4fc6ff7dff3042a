//! mistake: returned a lazy comprehension that borrows a vector local to the function
//! offending: deps.iter()
//! category: ownership
fn dep_names(manifest: &str) -> impl Iterator<Item = String> {
    let deps: Vec<String> = manifest.lines().filter(|l| l.contains('=')).map(str::to_string).collect();
    deps.iter().map(|d| d.split('=').next().unwrap().trim().to_string())
}

fn main() {
    let toml = "serde = \"1\"\ntokio = { version = \"1\" }";
    println!("{:?}", dep_names(toml).collect::<Vec<_>>());
}
