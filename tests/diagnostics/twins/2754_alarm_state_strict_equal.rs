//! mistake: compared the alarm state with JavaScript's `===`
//! offending: ===
//! category: syntax
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
    let tripped: Vec<&str> = zones.iter().filter(|z| z.state === AlarmState::Tripped).map(|z| z.name).collect();
    println!("{tripped:?}");
}
