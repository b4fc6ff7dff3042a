//! mistake: compared the alarm state with JavaScript's `===`
//! offending: ===
//! category: syntax
use comprehensions::comp;

#[derive(Debug, PartialEq, Clone, Copy)]
enum AlarmState {
    Normal,
    Tripped,
}

struct Zone {
    name: &'static str,
    state: AlarmState,
}

fn main() {
    let zones = vec![Zone { name: "perimeter", state: AlarmState::Tripped }, Zone { name: "vault", state: AlarmState::Normal }];
    let tripped = comp![z.name for z in &zones if z.state === AlarmState::Tripped];
    println!("{tripped:?}");
}
