//! mistake: called a `&mut self` audit method from a handler that only has `&self`
//! offending: self.audit(e)
//! category: ownership
use comprehensions::comp;

struct Event {
    id: u64,
    kind: &'static str,
}

struct WebhookService {
    audit_log: Vec<String>,
}

impl WebhookService {
    fn audit(&mut self, e: &Event) -> u64 {
        self.audit_log.push(format!("{} {}", e.id, e.kind));
        e.id
    }

    fn handle_batch(&self, events: &[Event]) -> Vec<u64> {
        comp![self.audit(e) for e in events if e.kind != "ping"]
    }
}

fn main() {
    let service = WebhookService { audit_log: Vec::new() };
    let events = [Event { id: 1, kind: "push" }, Event { id: 2, kind: "ping" }];
    println!("{:?}", service.handle_batch(&events));
}
