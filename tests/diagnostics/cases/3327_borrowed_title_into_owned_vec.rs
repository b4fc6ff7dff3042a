//! mistake: put a borrowed `&String` title into a list declared as `Vec<String>`
//! offending: &p.title
//! category: type
use comprehensions::comp;

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
    let titles: Vec<String> = comp![&p.title for p in &papers if p.peer_reviewed];
    println!("exported {}", export_titles(titles));
}
