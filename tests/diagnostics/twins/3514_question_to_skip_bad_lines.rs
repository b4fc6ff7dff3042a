//! mistake: used `?` hoping to skip unparsable ports, in a walrus filter, where the comprehension is annotated as a plain `Vec`
//! offending: s.parse::<u16>()?
//! category: try

fn main() {
    let raw = vec!["8080", "abc", "443", "22"];
    let mut high: Vec<u16> = Vec::new();
    for s in &raw {
        let p = s.parse::<u16>()?;
        if p > 1024 {
            high.push(p);
        }
    }
    println!("{high:?}");
}
