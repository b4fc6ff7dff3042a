//! mistake: indexing the result of `split` (`line.split(',')[0]`) like a Python list (hand-written)
fn main() {
    let csv = "ana,34\nbo,17";
    let names: Vec<&str> = csv.lines().map(|line| line.split(',')[0]).collect();
    println!("{names:?}");
}
