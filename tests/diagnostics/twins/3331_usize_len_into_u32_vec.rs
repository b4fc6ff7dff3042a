//! mistake: collected `usize` reference counts into a list declared `Vec<u32>`
//! offending: p.references.len()
//! category: type
struct Paper {
    references: Vec<String>,
}

fn main() {
    let papers = vec![
        Paper { references: vec!["10.1/x".into(), "10.1/y".into()] },
        Paper { references: vec![] },
    ];
    let out_degree: Vec<u32> = papers.iter().map(|p| p.references.len()).collect();
    let max: u32 = out_degree.iter().copied().max().unwrap_or(0);
    println!("max out-degree {max}");
}
