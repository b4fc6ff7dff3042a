//! mistake: published a batch with an eager `acomp!` used as a statement (Python's `[await q.put(m) for m in batch]` for side effects)
//! offending: queue.publish(m).await;
//! category: lint
use std::cell::RefCell;

struct Queue {
    items: RefCell<Vec<String>>,
}

impl Queue {
    async fn publish(&self, m: &str) -> Result<(), String> {
        if m.is_empty() {
            return Err("empty message".into());
        }
        self.items.borrow_mut().push(m.to_string());
        Ok(())
    }
}

async fn run() {
    let queue = Queue { items: RefCell::new(Vec::new()) };
    let batch = vec!["a".to_string(), "b".to_string()];
    for m in &batch {
        queue.publish(m).await;
    }
    println!("{:?}", queue.items.borrow());
}

fn main() {
    futures::executor::block_on(run());
}
