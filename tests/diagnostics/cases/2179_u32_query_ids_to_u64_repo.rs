//! mistake: passed `u32` ids parsed from the query string to a repository lookup that takes `u64`
//! offending: id
//! category: type
use comprehensions::acomp;
use std::collections::HashMap;
use std::time::Duration;

struct UserRepo {
    names: HashMap<u64, String>,
}

impl UserRepo {
    async fn find_name(&self, id: u64) -> Option<String> {
        tokio::time::sleep(Duration::from_millis(1)).await;
        self.names.get(&id).cloned()
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let repo = UserRepo { names: HashMap::from([(7, "ana".to_string()), (9, "bo".to_string())]) };
    let query = "ids=7,9,11";
    let ids: Vec<u32> = query.trim_start_matches("ids=").split(',').filter_map(|s| s.parse().ok()).collect();
    let names = acomp![name for id in ids if let Some(name) = repo.find_name(id).await];
    println!("{names:?}");
}
