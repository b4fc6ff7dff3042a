//! mistake: a lazy form with `?` (Python's generator that raises) summed straight into an `i32`: its items are `Result`s
//! offending: sum()
//! category: try
use comprehensions::comp;

struct Sheet {
    raw: Vec<String>,
}

impl Sheet {
    fn total(&self) -> i32 {
        let nums = comp!((s.parse::<i32>()? for s in &self.raw));
        let total: i32 = nums.sum();
        total
    }
}

fn main() {
    let s = Sheet { raw: vec!["4".into(), "5".into()] };
    println!("{}", s.total());
}
