//! mistake: returned `&str`s borrowed from labels formatted into a local `Vec<String>`
//! offending: labels.iter()
//! category: ownership
struct Slot {
    start: u32,
    end: u32,
}

fn slot_labels(slots: &[Slot]) -> Vec<&str> {
    let labels: Vec<String> = slots
        .iter()
        .map(|s| format!("{:02}:{:02}-{:02}:{:02}", s.start / 60, s.start % 60, s.end / 60, s.end % 60))
        .collect();
    labels.iter().map(|l| l.as_str()).collect()
}

fn main() {
    let slots = vec![Slot { start: 540, end: 570 }, Slot { start: 600, end: 645 }];
    println!("{:?}", slot_labels(&slots));
}
