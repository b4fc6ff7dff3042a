//! mistake: numbered the ranked papers with Python's builtin `enumerate(..)`
//! offending: enumerate
//! category: python-habit
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
    let mut ranking = Vec::new();
    for (i, p) in enumerate(&papers) {
        ranking.push(format!("{}. {}", i + 1, p.title));
    }
    println!("{}", ranking.join("\n"));
}
