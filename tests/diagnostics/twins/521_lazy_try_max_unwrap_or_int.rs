//! offending: unwrap_or(0)
fn main() {
    let latencies = ["120", "87", "301"];
    let worst: u32 = latencies.iter().map(|s| s.parse::<u32>()).max().unwrap_or(0);
    println!("{worst}");
}
