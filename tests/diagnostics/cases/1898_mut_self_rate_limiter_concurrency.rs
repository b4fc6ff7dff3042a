//! mistake: ran a `&mut self` request method concurrently (`concurrency = 4`) on one client (Python's `gather(*[self.get(p) for p in paths])`)
//! offending: self.get(p)
//! category: ownership
use comprehensions::acomp;

struct Api {
    calls: u32,
}

impl Api {
    async fn get(&mut self, path: &str) -> usize {
        self.calls += 1;
        path.len()
    }

    async fn get_all(&mut self, paths: &[&str]) -> Vec<usize> {
        acomp![self.get(p).await for p in paths; concurrency = 4]
    }
}

fn main() {
    let mut api = Api { calls: 0 };
    let sizes = futures::executor::block_on(api.get_all(&["/a", "/bb"]));
    println!("{sizes:?} after {} calls", api.calls);
}
