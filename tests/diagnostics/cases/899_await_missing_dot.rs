//! mistake: the `.` of `.await` was deleted, `fetch(u)await`
//! offending: await
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

async fn run(urls: &[&str]) -> Vec<usize> {
    acomp![fetch(u)await for u in urls]
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["a"])));
}
