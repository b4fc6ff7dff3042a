//! mistake: a `u32` connection limit from the config passed as `concurrency`, which is a `usize`
//! offending: limit]
//! category: async
use comprehensions::acomp;

struct Config {
    max_conns: u32,
}

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run(cfg: Config, urls: Vec<&str>) {
    let limit = cfg.max_conns;
    let sizes = acomp![fetch(u).await for u in urls; concurrency = limit];
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run(Config { max_conns: 4 }, vec!["a", "bb"]));
}
