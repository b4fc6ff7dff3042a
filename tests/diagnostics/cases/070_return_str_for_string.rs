//! mistake: returning a comprehension of `&str` from a function declared `-> Vec<String>`
//! offending: l.split('=').next().unwrap()
//! category: type
use comprehensions::comp;

fn keys(lines: &[String]) -> Vec<String> {
    comp![l.split('=').next().unwrap() for l in lines if l.contains('=')]
}

fn main() {
    let cfg = vec!["a=1".to_string(), "b=2".to_string()];
    println!("{:?}", keys(&cfg));
}
