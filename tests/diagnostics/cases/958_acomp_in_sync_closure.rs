//! mistake: an eager `acomp!` (awaited in place: the `.await` is the call's) inside a plain `.map(|g| ..)` closure of an async fn: the closure is not async
//! offending: acomp![fetch(u).await for u in g]
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

async fn crawl(groups: &[Vec<&str>]) -> Vec<Vec<usize>> {
    groups.iter().map(|g| acomp![fetch(u).await for u in g]).collect()
}

fn main() {
    let groups = vec![vec!["a", "bb"], vec!["ccc"]];
    println!("{:?}", futures::executor::block_on(crawl(&groups)));
}
