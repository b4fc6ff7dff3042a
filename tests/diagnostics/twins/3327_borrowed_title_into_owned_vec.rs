//! mistake: put a borrowed `&String` title into a list declared as `Vec<String>`
//! offending: &p.title
//! category: type
struct Paper {
    title: String,
    peer_reviewed: bool,
}

fn export_titles(titles: Vec<String>) -> usize {
    titles.len()
}

fn main() {
    let papers = vec![
        Paper { title: "Generative Adversarial Nets".into(), peer_reviewed: true },
        Paper { title: "Some arXiv-only note".into(), peer_reviewed: false },
    ];
    let mut titles: Vec<String> = Vec::new();
    for p in &papers {
        if p.peer_reviewed {
            titles.push(&p.title);
        }
    }
    println!("exported {}", export_titles(titles));
}
