//! mistake: numbered the ranked papers with Python's builtin `enumerate(..)`
//! offending: enumerate
//! category: python-habit
use comprehensions::comp;

struct Paper {
    title: String,
    citations: u32,
}

fn main() {
    let mut papers = vec![
        Paper { title: "ResNet".into(), citations: 180000 },
        Paper { title: "Adam".into(), citations: 160000 },
        Paper { title: "U-Net".into(), citations: 90000 },
    ];
    papers.sort_by(|a, b| b.citations.cmp(&a.citations));
    let ranking = comp![format!("{}. {}", i + 1, p.title) for i, p in enumerate(&papers)];
    println!("{}", ranking.join("\n"));
}
