//! mistake: used `?` hoping to skip unparsable ports, in a walrus filter, where the comprehension is annotated as a plain `Vec`
//! offending: s.parse::<u16>()?
//! category: try
use comprehensions::comp;

fn main() {
    let raw = vec!["8080", "abc", "443", "22"];
    let high: Vec<u16> = comp![p for s in &raw if (p := s.parse::<u16>()?) > 1024];
    println!("{high:?}");
}
