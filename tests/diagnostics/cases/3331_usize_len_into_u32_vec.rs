//! mistake: collected `usize` reference counts into a list declared `Vec<u32>`
//! offending: p.references.len()
//! category: type
use comprehensions::comp;

struct Paper {
    references: Vec<String>,
}

fn main() {
    let papers = vec![
        Paper { references: vec!["10.1/x".into(), "10.1/y".into()] },
        Paper { references: vec![] },
    ];
    let out_degree: Vec<u32> = comp![p.references.len() for p in &papers];
    let max: u32 = out_degree.iter().copied().max().unwrap_or(0);
    println!("max out-degree {max}");
}
