//! mistake: returning a comprehension of `&str` from a function declared `-> Vec<String>` (hand-written)
fn keys(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| l.contains('='))
        .map(|l| l.split('=').next().unwrap())
        .collect()
}

fn main() {
    let cfg = vec!["a=1".to_string(), "b=2".to_string()];
    println!("{:?}", keys(&cfg));
}
